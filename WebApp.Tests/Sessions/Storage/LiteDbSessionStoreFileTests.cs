using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using WebApp.Sessions.Storage;
using WebApp.Sessions.Storage.LiteDb;

namespace WebApp.Tests.Sessions.Storage;

/// <summary>Text, dates and the UtcDate pragma as the file keeps them across a restart.</summary>
public sealed class LiteDbSessionStoreFileTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly TempSessionStore _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> UnicodeTexts => new()
    {
        { "emoji", "😀 👩‍👩‍👧 🇩🇪" },
        { "combining marks", "e\u0301 a\u0308\u0323 \u1100\u1161\u11A8" },
        { "right to left", "שלום עולם مرحبا \u202Eabc\u202C" },
        { "NUL", "before\u0000after" },
        { "U+FFFF", "\uFFFF" },
        { "10k characters", string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)('a' + (i % 26)))) },
        { "10k non-ASCII", new string('ж', 10_000) },
    };

    [Theory]
    [MemberData(nameof(UnicodeTexts))]
    public async Task UnicodeText_SurvivesRestart(string name, string text)
    {
        // Arrange: the text as a key and as a value.
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [text] = TempSessionStore.Json("value of " + name),
            ["value"] = TempSessionStore.Json(text),
        };
        var created = await _temp.CreateAsync(Lifetime, data);

        // Act
        _temp.Reopen();
        var read = await _temp.Store.ReadAsync(created.Key);

        // Assert
        Assert.NotNull(read);
        SessionDataAssert.Equal(data, read.Data);
        Assert.Equal(text, JsonSerializer.Deserialize<string>(read.Data["value"]));
        Assert.Equal(text, read.Data.Keys.Single(key => key != "value"));
    }

    [Fact]
    public async Task Dates_ReadBackUtcToMillisecond()
    {
        // Arrange: a non-UTC offset and ticks below the millisecond.
        var created = _temp.Now.ToOffset(TimeSpan.FromHours(5.5)).AddTicks(1_234_567);
        var record = new SessionRecord(
            TempSessionStore.NewKey(),
            TempSessionStore.Data(("userId", "user:1")),
            created,
            created.AddTicks(9_999),
            created.AddMinutes(20).AddTicks(5_555));
        await _temp.Store.CreateAsync(record);

        // Act
        var cached = await _temp.Store.ReadAsync(record.Key);
        _temp.Reopen();
        var reopened = await _temp.Store.ReadAsync(record.Key);

        // Assert
        foreach (var read in new[] { cached, reopened })
        {
            Assert.NotNull(read);
            AssertStoredDate(record.Created, read.Created);
            AssertStoredDate(record.LastUsed, read.LastUsed);
            AssertStoredDate(record.Expires, read.Expires);
        }
    }

    [Fact]
    public async Task Dates_StoredAsUtcInstantsInFile()
    {
        var record = await _temp.CreateAsync(Lifetime);

        using var raw = _temp.OpenRawFile();
        var document = raw.GetCollection(LiteDbSessionStore.CollectionName).FindById(record.Key);

        Assert.NotNull(document);
        var expires = document["Expires"].AsDateTime;
        Assert.Equal(DateTimeKind.Utc, expires.Kind);
        Assert.Equal(record.Expires.UtcDateTime, expires);
    }

    [Fact]
    public async Task Restart_KeepsRecords()
    {
        var first = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("userId", "user:1")));
        var second = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("cart", "apple")));

        _temp.Reopen();

        Assert.Equal(2, _temp.Store.CountInFile());
        foreach (var expected in new[] { first, second })
        {
            var read = await _temp.Store.ReadAsync(expected.Key);
            Assert.NotNull(read);
            SessionDataAssert.Equal(expected.Data, read.Data);
            Assert.Equal(expected.Expires, read.Expires);
        }
    }

    [Fact]
    public async Task Restart_KeepsUpdatesAndDeletes()
    {
        var updated = await _temp.CreateAsync(Lifetime, TempSessionStore.Data(("cart", "apple")));
        var deleted = await _temp.CreateAsync(Lifetime);
        await _temp.Store.UpdateAsync(updated.Key, _temp.Update(new Dictionary<string, string?> { ["cart"] = TempSessionStore.Json("pear") }, Lifetime));
        await _temp.Store.DeleteAsync(deleted.Key);

        _temp.Reopen();

        SessionDataAssert.Equal(TempSessionStore.Data(("cart", "pear")), (await _temp.Store.ReadAsync(updated.Key))!.Data);
        Assert.Null(await _temp.Store.ReadAsync(deleted.Key));
    }

    [Fact]
    public async Task File_HasUtcDatePragma()
    {
        await _temp.CreateAsync(Lifetime);

        using var raw = _temp.OpenRawFile();

        Assert.True(raw.UtcDate);
    }

    [Fact]
    public void File_HasExpiresIndex()
    {
        using var raw = _temp.OpenRawFile();

        var indexes = raw.GetCollection("$indexes").Find(Query.EQ("collection", LiteDbSessionStore.CollectionName));

        Assert.Contains(indexes, index => index["name"].AsString == "Expires");
    }

    private static void AssertStoredDate(DateTimeOffset written, DateTimeOffset read)
    {
        var utc = written.UtcTicks;
        Assert.Equal(TimeSpan.Zero, read.Offset);
        Assert.Equal(utc - utc % TimeSpan.TicksPerMillisecond, read.UtcTicks);
    }
}

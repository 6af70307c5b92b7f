using WebApp.Sessions;
using WebApp.Sessions.Storage;

namespace WebApp.Tests.Sessions;

public sealed class SessionTests
{
    private sealed record Address(string Street, int Number, string[] Tags);

    private static Session Stored(params (string Key, string Json)[] values)
    {
        var now = DateTimeOffset.UnixEpoch.AddYears(56);
        var data = values.ToDictionary(v => v.Key, v => v.Json, StringComparer.Ordinal);
        return new Session("id", new SessionRecord("key", data, now, now, now.AddMinutes(20)), signedWithOldSecret: false);
    }

    [Fact]
    public void NewSession_IsEmptyAndUnmodified()
    {
        var session = new Session(null, null, signedWithOldSecret: false);

        Assert.True(session.IsNew);
        Assert.False(session.IsModified);
        Assert.Empty(session.Keys);
        Assert.Null(session.Created);
        Assert.Null(session.Expires);
    }

    [Fact]
    public void SetThenGet_RoundTripsRecord()
    {
        var session = Stored();
        var address = new Address("Hauptstraße", 7, ["home", "😀"]);

        session.Set("address", address);
        var read = session.Get<Address>("address")!;

        Assert.Equal(address.Street, read.Street);
        Assert.Equal(address.Number, read.Number);
        Assert.Equal(address.Tags, read.Tags);
        Assert.True(session.IsModified);
    }

    [Fact]
    public void Get_MissingKeyReturnsDefault()
    {
        var session = Stored();

        Assert.Equal(0, session.Get<int>("missing"));
        Assert.Null(session.Get<string>("missing"));
        Assert.False(session.TryGet<string>("missing", out _));
        Assert.False(session.IsModified);
    }

    [Fact]
    public void Get_StoredValueDoesNotModify()
    {
        var session = Stored(("count", "3"));

        Assert.Equal(3, session.Get<int>("count"));
        Assert.False(session.IsModified);
    }

    [Fact]
    public void Has_SeesValuesAndFlashWithoutConsuming()
    {
        var session = Stored(("plain", "1"));
        session.Flash("notice", "hello");

        Assert.True(session.Has("plain"));
        Assert.True(session.Has("notice"));
        Assert.False(session.Has("other"));
        Assert.Equal("hello", session.Get<string>("notice"));
    }

    [Fact]
    public void Flash_ReadReturnsOnceAndRemoves()
    {
        var session = Stored(("__flash_notice__", "\"saved\""));

        var first = session.Get<string>("notice");
        var second = session.Get<string>("notice");

        Assert.Equal("saved", first);
        Assert.Null(second);
        Assert.False(session.Has("notice"));
        Assert.Equal([new KeyValuePair<string, string?>("__flash_notice__", null)], session.Changes);
    }

    [Fact]
    public void Flash_PlainValueOfSameNameWins()
    {
        var session = Stored(("notice", "\"plain\""), ("__flash_notice__", "\"flash\""));

        Assert.Equal("plain", session.Get<string>("notice"));
        Assert.False(session.IsModified);
    }

    [Fact]
    public void Remove_DeletesValueAndFlash()
    {
        var session = Stored(("notice", "1"), ("__flash_notice__", "2"));

        Assert.True(session.Remove("notice"));
        Assert.False(session.Remove("notice"));
        Assert.Empty(session.Keys);
        Assert.Equal(2, session.Changes.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("__flash_notice__")]
    [InlineData("__flash_")]
    public void Set_RejectsEmptyAndReservedKeys(string key)
    {
        var session = Stored();

        Assert.ThrowsAny<ArgumentException>(() => session.Set(key, 1));
        Assert.False(session.IsModified);
    }

    [Fact]
    public void Set_NullKeyThrows()
    {
        var session = Stored();

        Assert.Throws<ArgumentNullException>(() => session.Set<int>(null!, 1));
    }

    [Theory]
    [InlineData("emoji 👩‍👩‍👧")]
    [InlineData("combining e\u0301")]
    [InlineData("nul \u0000 char")]
    [InlineData("rtl \u202Eabc")]
    [InlineData("noncharacter \uFFFF")]
    public void UnicodeKeyAndValue_RoundTripThroughStoredForm(string text)
    {
        var session = Stored();
        session.Set(text, text);

        var json = SessionData.Serialize(session.Values, 65536);
        var reloaded = Stored(SessionData.Deserialize(json).Select(kv => (kv.Key, kv.Value)).ToArray());

        Assert.Equal(text, reloaded.Get<string>(text));
    }

    [Fact]
    public void LoneSurrogate_RejectedNotReplaced()
    {
        // Built in code: attribute arguments and xunit's theory data both go
        // through UTF-8, which cannot carry a lone surrogate.
        string[] inputs =
        [
            "a" + (char)0xD800 + "b",
            "end " + (char)0xDBFF,
            (char)0xDC00 + " start",
            "swapped " + (char)0xDC00 + (char)0xD800,
        ];

        foreach (var text in inputs)
        {
            var session = Stored();

            Assert.Throws<ArgumentException>(() => session.Set("value", text));
            Assert.Throws<ArgumentException>(() => session.Set("nested", new Dictionary<string, string[]> { ["k"] = [text] }));
            Assert.Throws<ArgumentException>(() => session.Set("keyed", new Dictionary<string, int> { [text] = 1 }));
            Assert.Throws<ArgumentException>(() => session.Set(text, 1));
            Assert.False(session.IsModified);
        }
    }

    [Fact]
    public void SurrogatePair_RoundTrips()
    {
        var session = Stored();

        session.Set("pair", "\uD83D\uDE00 and \uDBFF\uDFFF");

        Assert.Equal("\uD83D\uDE00 and \uDBFF\uDFFF", session.Get<string>("pair"));
    }

    [Fact]
    public void RenewAndDestroy_AreRecordedForCommit()
    {
        var session = Stored(("a", "1"));

        session.RenewId();
        session.Destroy();

        Assert.True(session.IsIdRenewalRequested);
        Assert.True(session.IsDestroyed);
    }
}

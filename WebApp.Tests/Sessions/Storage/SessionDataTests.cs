using System.Text;
using WebApp.Sessions.Storage;

namespace WebApp.Tests.Sessions.Storage;

public sealed class SessionDataTests
{
    [Fact]
    public void Merge_AddsReplacesAndRemoves()
    {
        var data = TempSessionStore.Data(("keep", "1"), ("replace", "old"), ("remove", "x"));
        var changes = new Dictionary<string, string?>
        {
            ["replace"] = TempSessionStore.Json("new"),
            ["remove"] = null,
            ["add"] = TempSessionStore.Json("added"),
        };

        var merged = SessionData.Merge(data, changes);

        SessionDataAssert.Equal(TempSessionStore.Data(("keep", "1"), ("replace", "new"), ("add", "added")), merged);
    }

    [Fact]
    public void Merge_LeavesInputUnchanged()
    {
        var data = TempSessionStore.Data(("keep", "1"));
        var changes = new Dictionary<string, string?> { ["keep"] = null, ["add"] = TempSessionStore.Json("2") };

        SessionData.Merge(data, changes);

        SessionDataAssert.Equal(TempSessionStore.Data(("keep", "1")), data);
    }

    [Fact]
    public void Merge_KeysAreCaseSensitive()
    {
        var data = TempSessionStore.Data(("Cart", "upper"));

        var merged = SessionData.Merge(data, new Dictionary<string, string?> { ["cart"] = TempSessionStore.Json("lower") });

        Assert.Equal(2, merged.Count);
        Assert.Equal(TempSessionStore.Json("upper"), merged["Cart"]);
    }

    [Fact]
    public void Serialize_RoundTripsThroughDeserialize()
    {
        var data = new Dictionary<string, string>
        {
            ["text"] = TempSessionStore.Json("a \"quoted\" \\ value"),
            ["number"] = "42",
            ["list"] = "[\"apple\",\"pear\"]",
            ["object"] = "{\"name\":\"alice\",\"age\":30}",
            ["quote\"key"] = "true",
            ["null"] = "null",
        };

        var json = SessionData.Serialize(data, maxSize: 65536);
        var parsed = SessionData.Deserialize(json);

        SessionDataAssert.Equal(data, parsed);
    }

    [Fact]
    public void Serialize_EmptyDataIsEmptyObject()
    {
        var json = SessionData.Serialize(new Dictionary<string, string>(), maxSize: 2);

        Assert.Equal("{}", json);
        Assert.Empty(SessionData.Deserialize(json));
    }

    [Fact]
    public void Serialize_OverMaxSizeThrowsWithSizes()
    {
        var data = TempSessionStore.Data(("k", "abc"));
        var size = Encoding.UTF8.GetByteCount(SessionData.Serialize(data, maxSize: 65536));

        var error = Assert.Throws<SessionTooLargeException>(() => SessionData.Serialize(data, size - 1));

        Assert.Equal(size, error.Size);
        Assert.Equal(size - 1, error.MaxSize);
        Assert.Contains("Sessions:MaxSize", error.Message);
    }

    [Fact]
    public void Serialize_AtMaxSizeSucceeds()
    {
        var data = TempSessionStore.Data(("k", "abc"));

        var json = SessionData.Serialize(data, maxSize: """{"k":"abc"}""".Length);

        Assert.Equal("""{"k":"abc"}""", json);
    }

    [Fact]
    public void Serialize_CountsUtf8Bytes()
    {
        // {"k":"é"} is 9 characters and 10 UTF-8 bytes.
        var data = TempSessionStore.Data(("k", "é"));

        var error = Assert.Throws<SessionTooLargeException>(() => SessionData.Serialize(data, maxSize: 9));

        Assert.Equal(10, error.Size);
    }
}

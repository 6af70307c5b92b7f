namespace WebApp.Tests.Sessions.Storage;

/// <summary>Assertions over session data, one failure message per differing key.</summary>
internal static class SessionDataAssert
{
    public static void Equal(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        foreach (var (key, value) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var stored), $"Key '{Escape(key)}' is missing.");
            Assert.Equal(value, stored);
        }

        var extra = actual.Keys.Where(key => !expected.ContainsKey(key)).Select(Escape);
        Assert.Empty(extra);
    }

    /// <summary>Returns the key with control and non-ASCII characters as \uXXXX, for readable failures.</summary>
    private static string Escape(string key) =>
        string.Concat(key.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}

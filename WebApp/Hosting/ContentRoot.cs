namespace WebApp.Hosting;

/// <summary>Finds the content root of a published build, whatever folder it was started from.</summary>
internal static class ContentRoot
{
    /// <summary>
    /// Returns the binary's folder when it contains <c>wwwroot</c>, which
    /// only a published build does (under <c>dotnet run</c> static files come
    /// from the project). Returns null otherwise, and when
    /// a content root is given (<c>--contentRoot</c>, <c>contentRoot=</c>,
    /// <c>/contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>), which keeps
    /// ASP.NET Core's handling of it.
    /// </summary>
    public static string? FindPublished(string[] args)
    {
        var contentRootGiven = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"));
        if (contentRootGiven)
            return null;

        var binary = AppContext.BaseDirectory;
        return Directory.Exists(Path.Combine(binary, "wwwroot")) ? binary : null;
    }
}

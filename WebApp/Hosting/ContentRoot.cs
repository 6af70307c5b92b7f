namespace WebApp.Hosting;

/// <summary>Finds the content root of a published build, whatever folder it was started from.</summary>
internal static class ContentRoot
{
    /// <summary>
    /// Returns the binary's folder when it contains <c>wwwroot</c>, which
    /// only a published build does (under <c>dotnet run</c> static files come
    /// from the project). Returns null otherwise, and when
    /// <c>--contentRoot</c> is given, which keeps ASP.NET Core's default.
    /// </summary>
    public static string? FindPublished(string[] args)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)))
            return null;

        var binary = AppContext.BaseDirectory;
        return Directory.Exists(Path.Combine(binary, "wwwroot")) ? binary : null;
    }
}

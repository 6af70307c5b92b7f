namespace WebApp.Hosting;

/// <summary>Finds the content root of a published build started from another folder.</summary>
internal static class ContentRoot
{
    /// <summary>
    /// Returns the folder of the binary when it contains <c>wwwroot</c> and the
    /// current folder does not, as for a published build started from
    /// elsewhere. Returns null otherwise, which keeps ASP.NET Core's default,
    /// the current folder: the project folder under <c>dotnet run</c>.
    /// </summary>
    public static string? FindPublished()
    {
        var current = Directory.GetCurrentDirectory();
        var binary = AppContext.BaseDirectory;
        return !Directory.Exists(Path.Combine(current, "wwwroot")) && Directory.Exists(Path.Combine(binary, "wwwroot"))
            ? binary
            : null;
    }
}

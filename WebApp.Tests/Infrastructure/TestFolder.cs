namespace WebApp.Tests.Infrastructure;

/// <summary>Temporary folders for test databases.</summary>
public static class TestFolder
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "webapp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
    }
}

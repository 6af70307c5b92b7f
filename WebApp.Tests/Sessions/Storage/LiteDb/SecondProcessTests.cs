using System.Diagnostics;
using WebApp.Tests.Infrastructure;

namespace WebApp.Tests.Sessions.Storage.LiteDb;

/// <summary>A second WebApp process on a database that a running one holds.</summary>
public sealed class SecondProcessTests : IAsyncLifetime
{
    private readonly AppHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SecondProcess_StopsAtStartNamingFile()
    {
        using var browser = _host.CreateBrowser();
        var userId = await browser.UserIdAsync();

        var (exitCode, output) = await RunWebAppAsync(_host.DatabasePath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(_host.DatabasePath, output);
        Assert.Contains("in use by another process", output);
        Assert.Equal(userId, await browser.UserIdAsync());
    }

    private static async Task<(int ExitCode, string Output)> RunWebAppAsync(string databasePath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            typeof(Program).Assembly.Location,
            "--urls", "http://127.0.0.1:0",
            $"--Sessions:DatabasePath={databasePath}",
            $"--Sessions:Secrets:0={AppHost.Secret}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("The second WebApp process was still running after 60 seconds: it did not stop at start.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}

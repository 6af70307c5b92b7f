namespace WebApp.Sessions.Hosting;

/// <summary>
/// Builds the session services while the host starts: the store opens its
/// file and the secrets load or are generated. A locked or unreadable
/// database then stops start-up with its message instead of failing the
/// first request.
/// </summary>
internal sealed class SessionStoreStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<SessionStorage>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

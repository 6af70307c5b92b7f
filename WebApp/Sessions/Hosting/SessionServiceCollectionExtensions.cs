using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WebApp.Sessions.Cleanup;
using WebApp.Sessions.Cookies;
using WebApp.Sessions.Options;
using WebApp.Sessions.Storage;
using WebApp.Sessions.Storage.LiteDb;

namespace WebApp.Sessions.Hosting;

/// <summary>Registers server-side sessions on the LiteDB store.</summary>
public static class SessionServiceCollectionExtensions
{
    /// <summary>
    /// Adds the session services bound to the <c>Sessions</c> section, the
    /// LiteDB store, the expired-session cleanup, and the Razor Pages
    /// filters that hand sessions to <see cref="SessionPageModel"/> pages
    /// and commit them.
    /// </summary>
    public static IServiceCollection AddServerSessions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<ServerSessionOptions>()
            .BindConfiguration(ServerSessionOptions.SectionName)
            .Configure<IConfiguration>(ReadSingleSecret)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerSessionOptions>, ServerSessionOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SessionSecrets>();
        services.AddSingleton<SessionIdSigner>();
        services.AddSingleton<RejectedCookieLog>();
        services.AddSingleton<SessionCookieReader>();
        services.AddSingleton<SessionCookieWriter>();
        services.AddSingleton<SessionExpiry>();
        services.AddSingleton(provider => new SessionStorage(
            provider.GetRequiredService<ISessionStore>(),
            provider.GetRequiredService<SessionCookieReader>(),
            provider.GetRequiredService<SessionCookieWriter>(),
            provider.GetRequiredService<SessionIdSigner>(),
            provider.GetRequiredService<SessionExpiry>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SessionStorage>>()));
        services.TryAddSingleton<ISessionStore, LiteDbSessionStore>();

        services.AddHostedService<SessionStoreStartup>();
        services.AddHostedService<ExpiredSessionCleanupService>();

        services.AddSingleton<SessionPageFilter>();
        services.AddSingleton<SessionCommitFilter>();
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(SessionPageFilter)));
            options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(SessionCommitFilter)));
        });
        return services;
    }

    // The binder fills an array only from indexed keys (Sessions:Secrets:0),
    // so --Sessions:Secrets=VALUE would be ignored without a word and a
    // generated secret used instead. A single value is taken as one secret.
    private static void ReadSingleSecret(ServerSessionOptions options, IConfiguration configuration)
    {
        var single = configuration[$"{ServerSessionOptions.SectionName}:{nameof(ServerSessionOptions.Secrets)}"];
        if (!string.IsNullOrEmpty(single) && options.Secrets.Length == 0)
            options.Secrets = [single];
    }
}

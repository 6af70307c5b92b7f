namespace WebApp.Sessions.Storage;

/// <summary>
/// The session expired or was destroyed by another request while this
/// request ran. Nothing this request changed is saved, and it fails with
/// 409; the next request starts a new session.
/// </summary>
public sealed class SessionEndedException()
    : Exception("The session ended while this request ran, so its changes were not saved.");

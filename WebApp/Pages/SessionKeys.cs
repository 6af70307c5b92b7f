namespace WebApp.Pages;

/// <summary>The session keys the demo pages use.</summary>
public static class SessionKeys
{
    public const string UserId = "userId";
    public const string Username = "username";
    public const string Visits = "visits";
    public const string Cart = "cart";
    public const string Message = "message";
}

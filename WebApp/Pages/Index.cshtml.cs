using System.Buffers.Text;
using System.Security.Cryptography;
using WebApp.Sessions.Hosting;

namespace WebApp.Pages;

/// <summary>Gives a new visitor a user ID and shows a returning one the same ID.</summary>
public sealed class IndexModel : SessionPageModel
{
    public string UserId { get; private set; } = string.Empty;

    public void OnGet()
    {
        var userId = Session.Get<string>(SessionKeys.UserId);
        if (userId is null)
        {
            userId = "user:" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
            Session.Set(SessionKeys.UserId, userId);
        }

        UserId = userId;
    }
}

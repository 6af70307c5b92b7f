using Microsoft.AspNetCore.Mvc;
using WebApp.Sessions.Hosting;

namespace WebApp.Pages;

/// <summary>A shopping cart kept in the session, with a flash message after each addition.</summary>
public sealed class CartModel : SessionPageModel
{
    public const int MaxItemLength = 200;

    public IReadOnlyList<string> Items { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet()
    {
        Items = LoadCart();
    }

    public IActionResult OnPostAdd(string? item)
    {
        if (string.IsNullOrWhiteSpace(item) || item.Length > MaxItemLength)
        {
            Items = LoadCart();
            Error = $"Enter an item of 1 to {MaxItemLength} characters.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var cart = LoadCart();
        cart.Add(item);
        Session.Set(SessionKeys.Cart, cart);
        Session.Flash(SessionKeys.Message, $"Added {item}");
        return RedirectToPage();
    }

    public IActionResult OnPostRemove(string? item)
    {
        var cart = LoadCart();
        if (item is not null && cart.Remove(item))
            Session.Set(SessionKeys.Cart, cart);
        return RedirectToPage();
    }

    /// <summary>Returns the cart and its unread flash message as JSON; the message is consumed.</summary>
    public IActionResult OnGetJson() =>
        new JsonResult(new { items = LoadCart(), message = Session.Get<string>(SessionKeys.Message) });

    /// <summary>Returns the cart as a text file, one item a line; an unread flash message is consumed.</summary>
    public IActionResult OnGetDownload()
    {
        Session.Get<string>(SessionKeys.Message);
        var text = string.Join('\n', LoadCart());
        return File(System.Text.Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", "cart.txt");
    }

    /// <summary>Dismisses the flash message without showing it, for scripts; returns 204.</summary>
    public IActionResult OnPostDismiss()
    {
        Session.Get<string>(SessionKeys.Message);
        return new NoContentResult();
    }

    private List<string> LoadCart() => Session.Get<List<string>>(SessionKeys.Cart) ?? [];
}

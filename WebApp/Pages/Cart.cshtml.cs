using Microsoft.AspNetCore.Mvc;
using WebApp.Sessions.Hosting;

namespace WebApp.Pages;

/// <summary>A shopping cart kept in the session, with a flash message after each addition.</summary>
public sealed class CartModel : SessionPageModel
{
    public IReadOnlyList<string> Items { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet()
    {
        Items = LoadCart();
    }

    public IActionResult OnPostAdd(string? item)
    {
        if (string.IsNullOrWhiteSpace(item))
        {
            Items = LoadCart();
            Error = "Enter an item to add.";
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

    private List<string> LoadCart() => Session.Get<List<string>>(SessionKeys.Cart) ?? [];
}

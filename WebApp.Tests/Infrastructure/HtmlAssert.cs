using AngleSharp.Dom;

namespace WebApp.Tests.Infrastructure;

/// <summary>Assertions over parsed pages that fail with a message, never a NullReferenceException.</summary>
public static class HtmlAssert
{
    public static T Single<T>(IParentNode document, string selector)
        where T : class, IElement
    {
        var matches = document.QuerySelectorAll(selector).ToList();
        Assert.True(matches.Count == 1, $"Expected one element for '{selector}', found {matches.Count}.");
        var element = matches[0] as T;
        Assert.True(element is not null, $"'{selector}' is a {matches[0].GetType().Name}, not a {typeof(T).Name}.");
        return element;
    }

    /// <summary>Returns the trimmed text of the one element matching the selector.</summary>
    public static string Text(IParentNode document, string selector) =>
        Single<IElement>(document, selector).TextContent.Trim();

    public static void Missing(IParentNode document, string selector) =>
        Assert.True(document.QuerySelector(selector) is null, $"Expected no element for '{selector}'.");

    /// <summary>Returns the trimmed text of each <c>li</c> child of the list, or of the given part of each.</summary>
    public static IReadOnlyList<string> Items(IParentNode document, string listSelector, string? part = null)
    {
        var list = Single<IElement>(document, listSelector);
        return list.Children
            .Where(child => child.LocalName == "li")
            .Select(item => (part is null ? item : item.QuerySelector(part) ?? item).TextContent.Trim())
            .ToList();
    }
}

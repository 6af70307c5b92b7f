namespace WebApp.Sessions.Storage.LiteDb;

/// <summary>
/// The keys that renewals moved records away from in the last minute, with
/// where each record went. A sign-out that loaded a session before a
/// parallel sign-in renewed it still deletes the record under its new key.
/// </summary>
/// <remarks>Not thread-safe: <see cref="LiteDbSessionStore"/> uses it under its lock.</remarks>
internal sealed class RenewedKeys(TimeProvider time)
{
    // Far longer than a request normally takes, and short enough to keep the
    // map small. A sign-out that loaded the session longer ago than this
    // would miss the renewal.
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, string> _movedTo = new(StringComparer.Ordinal);
    private readonly Queue<(string OldKey, DateTimeOffset At)> _order = new();

    public void Moved(string oldKey, string newKey)
    {
        Prune();
        _movedTo[oldKey] = newKey;
        _order.Enqueue((oldKey, time.GetUtcNow()));
    }

    /// <summary>Returns the key the record of <paramref name="oldKey"/> has now, following renewals in a row.</summary>
    public string? CurrentKey(string oldKey)
    {
        Prune();
        string? current = null;
        for (var key = oldKey; _movedTo.TryGetValue(key, out var next) && next != oldKey; key = next)
            current = next;
        return current;
    }

    private void Prune()
    {
        var cutoff = time.GetUtcNow() - Window;
        while (_order.Count > 0 && _order.Peek().At < cutoff)
            _movedTo.Remove(_order.Dequeue().OldKey);
    }
}

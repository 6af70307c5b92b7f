using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using WebApp.Sessions.Storage;

namespace WebApp.Sessions;

/// <summary>
/// One request's view of a server-side session: string keys mapped to
/// values of any JSON-serializable type. Changes are kept as a list of
/// changed keys and saved by <see cref="SessionStorage.CommitSessionAsync"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: one request uses an instance at a time. Two requests on
/// one session each save only the keys they changed, so changes to
/// different keys both survive. Changes to the same key are last-write-wins.
/// </remarks>
public sealed class Session
{
    // Flash values are stored under a reserved name, as Remix stores them,
    // so a flash and a plain value of the same name can coexist.
    private const string FlashPrefix = "__flash_";
    private const string FlashSuffix = "__";

    private readonly Dictionary<string, string> _values;
    private readonly Dictionary<string, string?> _changes = new(StringComparer.Ordinal);

    internal Session(string? id, SessionRecord? record, bool signedWithOldSecret)
    {
        Id = id;
        Record = record;
        NeedsNewSignature = signedWithOldSecret;
        _values = record is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(record.Data, StringComparer.Ordinal);
    }

    /// <summary>True until the session is first stored.</summary>
    public bool IsNew => Record is null;

    /// <summary>True when this request changed a value, so a commit writes it.</summary>
    public bool IsModified => _changes.Count > 0;

    /// <summary>When the session got its current ID, or null before it is stored.</summary>
    public DateTimeOffset? Created => Record?.Created;

    /// <summary>When the stored session expires unless used again, or null before it is stored.</summary>
    public DateTimeOffset? Expires => Record?.Expires;

    /// <summary>The stored keys, flash values under their reserved names.</summary>
    public IReadOnlyCollection<string> Keys => _values.Keys;

    internal string? Id { get; private set; }

    internal SessionRecord? Record { get; private set; }

    internal bool NeedsNewSignature { get; private set; }

    internal bool IsDestroyed { get; private set; }

    internal bool IsIdRenewalRequested { get; private set; }

    internal IReadOnlyDictionary<string, string> Values => _values;

    internal IReadOnlyDictionary<string, string?> Changes => _changes;

    /// <summary>
    /// Reads a value, or returns default when the key is missing. A flash
    /// value of that name is returned once and then removed.
    /// </summary>
    public T? Get<T>(string key) => TryGet<T>(key, out var value) ? value : default;

    /// <summary>Reads a value as <see cref="Get{T}"/> does, telling whether the key was there.</summary>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        ValidateKey(key);

        if (_values.TryGetValue(key, out var json))
        {
            value = JsonSerializer.Deserialize<T>(json, SessionJson.Options)!;
            return true;
        }

        var flashKey = ToFlashKey(key);
        if (_values.TryGetValue(flashKey, out json))
        {
            Write(flashKey, null);
            value = JsonSerializer.Deserialize<T>(json, SessionJson.Options)!;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Returns the stored JSON of a key without consuming a flash value.</summary>
    public string? Peek(string key) => _values.GetValueOrDefault(key);

    /// <summary>Tells whether a value or a flash value of this name exists, without consuming it.</summary>
    public bool Has(string key)
    {
        ValidateKey(key);
        return _values.ContainsKey(key) || _values.ContainsKey(ToFlashKey(key));
    }

    /// <summary>Stores a value under a key.</summary>
    public void Set<T>(string key, T value)
    {
        ValidateKey(key);
        Write(key, JsonSerializer.Serialize(value, SessionJson.Options));
    }

    /// <summary>Stores a value that the next <see cref="Get{T}"/> of this name returns once.</summary>
    public void Flash<T>(string key, T value)
    {
        ValidateKey(key);
        Write(ToFlashKey(key), JsonSerializer.Serialize(value, SessionJson.Options));
    }

    /// <summary>Removes a value and a flash value of this name; returns false when neither existed.</summary>
    public bool Remove(string key)
    {
        ValidateKey(key);

        var removed = false;
        foreach (var name in (string[])[key, ToFlashKey(key)])
        {
            if (_values.ContainsKey(name))
            {
                Write(name, null);
                removed = true;
            }
        }

        return removed;
    }

    /// <summary>
    /// Gives the session a new ID when it is committed, keeping its data;
    /// the old ID stops working. Call it when the user signs in.
    /// </summary>
    public void RenewId() => IsIdRenewalRequested = true;

    /// <summary>Marks the session to be deleted, with its cookie, when it is committed.</summary>
    public void Destroy() => IsDestroyed = true;

    private static bool IsFlashKey(string key) => key.StartsWith(FlashPrefix, StringComparison.Ordinal);

    /// <summary>Records what the store now contains and starts a fresh list of changes.</summary>
    internal void Committed(string? id, SessionRecord? record)
    {
        Id = id;
        Record = record;
        NeedsNewSignature = false;
        IsIdRenewalRequested = false;
        _changes.Clear();
        _values.Clear();
        foreach (var (key, value) in record?.Data ?? new Dictionary<string, string>())
            _values[key] = value;
    }

    private void Write(string key, string? json)
    {
        if (json is null)
            _values.Remove(key);
        else
            _values[key] = json;
        _changes[key] = json;
    }

    private static string ToFlashKey(string key) => FlashPrefix + key + FlashSuffix;

    private static void ValidateKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        WellFormedStringConverter.EnsureWellFormed(key);
        if (IsFlashKey(key))
            throw new ArgumentException($"Session keys starting with '{FlashPrefix}' are reserved for flash values.", nameof(key));
    }
}

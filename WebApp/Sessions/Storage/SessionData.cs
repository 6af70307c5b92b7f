using System.Text;
using System.Text.Json;

namespace WebApp.Sessions.Storage;

/// <summary>
/// The stored form of session data: one JSON object whose properties are
/// the session keys, each holding that key's serialized value.
/// </summary>
public static class SessionData
{
    /// <summary>Returns the data with <paramref name="changes"/> applied; null values remove keys.</summary>
    public static Dictionary<string, string> Merge(
        IReadOnlyDictionary<string, string> data,
        IReadOnlyDictionary<string, string?> changes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(changes);

        var merged = new Dictionary<string, string>(data, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            if (value is null)
                merged.Remove(key);
            else
                merged[key] = value;
        }

        return merged;
    }

    /// <summary>
    /// Serializes the data, or throws <see cref="SessionTooLargeException"/>
    /// when its UTF-8 form is over <paramref name="maxSize"/> bytes.
    /// </summary>
    public static string Serialize(IReadOnlyDictionary<string, string> data, int maxSize)
    {
        ArgumentNullException.ThrowIfNull(data);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SessionJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in data)
            {
                writer.WritePropertyName(key);
                writer.WriteRawValue(value, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        if (buffer.Length > maxSize)
            throw new SessionTooLargeException((int)Math.Min(buffer.Length, int.MaxValue), maxSize);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Parses the stored form back into serialized values by key.</summary>
    public static Dictionary<string, string> Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        using var document = JsonDocument.Parse(json);
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
            data[property.Name] = property.Value.GetRawText();
        return data;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebApp.Sessions;

/// <summary>
/// Writes strings as System.Text.Json does, but throws
/// <see cref="ArgumentException"/> for a lone UTF-16 surrogate, which the
/// built-in writer silently replaces with U+FFFD. A session value then comes
/// back exactly as it was set, or is not set at all.
/// </summary>
internal sealed class WellFormedStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        EnsureWellFormed(value);
        writer.WriteStringValue(value);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        EnsureWellFormed(value);
        writer.WritePropertyName(value);
    }

    /// <summary>Throws when <paramref name="text"/> contains a surrogate that is not part of a pair.</summary>
    public static void EnsureWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
                continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            throw new ArgumentException(
                $"The text contains a lone UTF-16 surrogate (U+{(int)text[i]:X4}) at index {i}; JSON cannot store it, so the session would not get back the same string.");
        }
    }
}

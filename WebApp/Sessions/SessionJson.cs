using System.Text.Encodings.Web;
using System.Text.Json;

namespace WebApp.Sessions;

/// <summary>The serializer settings for session values.</summary>
internal static class SessionJson
{
    // The relaxed encoder writes non-ASCII text as UTF-8 instead of \uXXXX
    // escapes, so Sessions:MaxSize counts about the bytes a value really
    // takes. The JSON never reaches HTML unencoded, so its HTML escaping is
    // not needed.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new WellFormedStringConverter() },
    };
}

namespace WebApp.Sessions.Storage;

/// <summary>
/// Serialized session data exceeded <c>Sessions:MaxSize</c>. The request
/// fails with 413 and the stored session stays as it was.
/// </summary>
public sealed class SessionTooLargeException(int size, int maxSize)
    : Exception($"The session data would be {size} bytes, over the limit of {maxSize} bytes set by Sessions:MaxSize.")
{
    /// <summary>The serialized size that was rejected, in bytes.</summary>
    public int Size { get; } = size;

    /// <summary>The configured limit, in bytes.</summary>
    public int MaxSize { get; } = maxSize;
}

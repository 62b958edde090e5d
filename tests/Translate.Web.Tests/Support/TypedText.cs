using System.Text;
using Microsoft.JSInterop;

namespace Translate.Web.Tests.Support;

/// <summary>
/// What a person typed into a <c>SourceTextBox</c>, as the browser's <c>translate.textOf</c> streams it to the page:
/// its UTF-8 bytes, refusing a read past the allowed size as Blazor does. The browser tests drive the real script.
/// </summary>
internal sealed class TypedText(string text) : IJSStreamReference
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

    public long Length => _bytes.Length;

    public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
        Length > maxAllowedSize
            ? throw new ArgumentOutOfRangeException(nameof(maxAllowedSize), $"The stream of {Length} bytes exceeds {maxAllowedSize}.")
            : ValueTask.FromResult<Stream>(new MemoryStream(_bytes, writable: false));

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new NotSupportedException();

#pragma warning disable CA1068 // The order is IJSObjectReference's.
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new NotSupportedException();
#pragma warning restore CA1068

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

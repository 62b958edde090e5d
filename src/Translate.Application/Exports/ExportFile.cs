namespace Translate.Application.Exports;

/// <summary>A file to download: its name, its content type (with charset for text) and its bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

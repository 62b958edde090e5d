namespace Translate.Formats.Json;

/// <summary>One key of a JSON strings file: its text, and the value as the file wrote it (quotes and escapes included).</summary>
internal sealed record JsonString(string Key, string Value, string RawValue);

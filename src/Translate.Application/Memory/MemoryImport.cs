namespace Translate.Application.Memory;

/// <summary>What a TMX import did: units added as new, units that replaced a stored pair, entries skipped (blank, same language twice, broken tags, repeated).</summary>
public sealed record MemoryImport(int Added, int Replaced, int Skipped);

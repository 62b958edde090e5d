namespace Translate.Application;

/// <summary>What the caller asked for does not exist (or no longer does).</summary>
public sealed class NotFoundException(string message) : Exception(message);

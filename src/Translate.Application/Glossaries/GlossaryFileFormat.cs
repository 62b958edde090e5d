namespace Translate.Application.Glossaries;

/// <summary>The glossary files Translate reads and writes.</summary>
public enum GlossaryFileFormat
{
    Tbx,
    Csv,
}

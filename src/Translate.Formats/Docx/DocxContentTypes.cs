using System.Xml;

namespace Translate.Formats.Docx;

/// <summary>
/// What a package says it is, from its [Content_Types].xml: a Word document, or something refused (macros, a
/// spreadsheet or presentation renamed .docx, no Word main part at all).
/// </summary>
internal sealed class DocxContentTypes
{
    public const string EntryName = "[Content_Types].xml";

    private const string Document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string Template = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private static readonly string[] MacroTypes =
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        "application/vnd.ms-office.vbaProject",
    ];

    private static readonly (string Type, FileKind? What)[] OtherOfficeTypes =
    [
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.", FileKind.ExcelWorkbook),
        ("application/vnd.ms-excel.", FileKind.ExcelWorkbook),
        ("application/vnd.openxmlformats-officedocument.presentationml.", FileKind.PowerPointPresentation),
        ("application/vnd.ms-powerpoint.", FileKind.PowerPointPresentation),
    ];

    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);

    private DocxContentTypes()
    {
    }

    /// <summary>Reads the content types (DTD refused like every part) and refuses packages that are no Word document.</summary>
    public static DocxContentTypes Read(Stream stream)
    {
        var types = new DocxContentTypes();
        DocxXml.Read(EntryName, stream, xml =>
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "Default" && xml.GetAttribute("Extension") is { } extension)
                {
                    types._defaults[extension] = xml.GetAttribute("ContentType") ?? "";
                }
                else if (xml.LocalName == "Override" && xml.GetAttribute("PartName") is { } part)
                {
                    types._overrides[part.TrimStart('/')] = xml.GetAttribute("ContentType") ?? "";
                }
            }
        });
        types.CheckIsWordDocument();
        return types;
    }

    /// <summary>Whether the entry is XML that OpenXml will parse: by its content type or its extension.</summary>
    public bool IsXml(string entryName)
    {
        var extension = Path.GetExtension(entryName).TrimStart('.');
        if (extension.Equals("xml", StringComparison.OrdinalIgnoreCase) || extension.Equals("rels", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var type = _overrides.GetValueOrDefault(entryName) ?? _defaults.GetValueOrDefault(extension) ?? "";
        return type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) || type.EndsWith("/xml", StringComparison.OrdinalIgnoreCase);
    }

    private void CheckIsWordDocument()
    {
        var all = _overrides.Values.Concat(_defaults.Values).ToList();
        if (all.Any(type => MacroTypes.Contains(type, StringComparer.OrdinalIgnoreCase)))
        {
            throw DocumentProblems.Macros();
        }

        if (all.Any(type => type is Document or Template))
        {
            return;
        }

        var other = OtherOfficeTypes.FirstOrDefault(o => all.Any(type => type.StartsWith(o.Type, StringComparison.OrdinalIgnoreCase)));
        throw other.What is { } what ? DocumentProblems.OtherOfficeNotWord(what) : DocumentProblems.NoMainPart();
    }
}

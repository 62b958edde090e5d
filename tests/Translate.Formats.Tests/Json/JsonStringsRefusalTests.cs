using System.Text;
using Translate.Domain.Languages;
using Translate.Formats.Interchange;
using Translate.Formats.Json;

namespace Translate.Formats.Tests.Json;

/// <summary>Broken and hostile JSON files, each refused with a message that names its problem.</summary>
public class JsonStringsRefusalTests
{
    private static DocumentFormatException Refuse(byte[] content, ReaderLimits? limits = null) =>
        Assert.Throws<DocumentFormatException>(() => JsonStringsDocument.Read(content, Language.En, limits ?? ReaderLimits.Default));

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData(" \n ", "The file is empty")]
    [InlineData("Releases = Releases", "The file is not valid JSON")]
    [InlineData("""{ "a": "Releases" """, "The file is not valid JSON")]
    [InlineData("""["Releases"]""", "The file holds an array, not an object of key → text.")]
    [InlineData("\"Releases\"", "The file holds a text, not an object of key → text.")]
    [InlineData("""{ "a": { "b": "Releases" } }""", "The value of \"a\" is a nested object")]
    [InlineData("""{ "a": "A", "list": ["Releases"] }""", "The value of \"list\" is an array")]
    [InlineData("""{ "count": 3 }""", "The value of \"count\" is a number")]
    [InlineData("""{ "flag": true }""", "The value of \"flag\" is true or false")]
    [InlineData("""{ "none": null }""", "The value of \"none\" is null")]
    [InlineData("""{ "a": "One", "a": "Two" }""", "The key \"a\" appears twice")]
    [InlineData("""{ "a": "Hello {name}" }""", "The value of \"a\" has a malformed placeholder at \"{name}\"")]
    [InlineData("""{ "a": "Hello {0" }""", "The value of \"a\" has a malformed placeholder at \"{0\"")]
    [InlineData("""{ "a": "Hello } there" }""", "The value of \"a\" has a malformed placeholder at \"} there\"")]
    [InlineData("""{ "a": "Releases" // the list""" + "\n}", "The file is not valid JSON")]
    [InlineData("""{ "a": "Releases", }""", "The file is not valid JSON")]
    [InlineData("""{ "a": "Releases" } { "b": "More" }""", "The file is not valid JSON: '{' is invalid after a single JSON value")]
    [InlineData("""{ "a": "\ud800" }""", "the value of \"a\" is not valid text")]
    public void Read_ABrokenFile_IsRefusedWithItsReason(string json, string reason) =>
        Assert.Contains(reason, Refuse(Encoding.UTF8.GetBytes(json)).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_Latin1Bytes_AreRefusedAsNotUtf8() =>
        Assert.StartsWith("The file is not valid UTF-8 JSON", Refuse(Encoding.Latin1.GetBytes("{\"a\":\"Lëtzebuerg\"}")).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_AFileOverTheSizeLimit_IsRefused() =>
        Assert.Equal("The file is larger than the limit of 10 bytes.",
            Refuse("{\"a\":\"Releases\"}"u8.ToArray(), new ReaderLimits { MaxBytes = 10 }).Message);

    [Fact]
    public void Read_DeeplyNestedArrays_AreRefusedAtTheirKeyWithoutDescending()
    {
        var json = "{\"deep\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        Assert.StartsWith("The value of \"deep\" is an array", Refuse(Encoding.UTF8.GetBytes(json)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreThan999PlaceholdersInOneValue_IsRefused()
    {
        var value = string.Concat(Enumerable.Repeat("{0} ", 1000));

        Assert.Equal("The value of \"many\" has more than 999 placeholders.",
            Refuse(Encoding.UTF8.GetBytes($"{{\"many\":\"{value}\"}}")).Message);
    }

    [Fact]
    public void Read_999Placeholders_AreRead()
    {
        var value = string.Concat(Enumerable.Repeat("{0} ", 999)) + "end.";

        var segment = JsonStringsDocument.Read(Encoding.UTF8.GetBytes($"{{\"many\":\"{value}\"}}"), Language.En, ReaderLimits.Default).Segments.Single();

        Assert.Contains("<999/>", segment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "The file is a zip archive (such as a Word document), not JSON as its name says.")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "The file is a PDF document, not JSON as its name says.")]
    public void SourceFiles_ABinaryFileNamedJson_IsRefusedByItsContent(byte[] content, string reason) =>
        Assert.Equal(reason, Assert.Throws<DocumentFormatException>(() =>
            SourceFiles.Read(content, SourceFiles.FormatOf("en.json")!.Value, Language.En, ReaderLimits.Default)).Message);
}

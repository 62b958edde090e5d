using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Releases;

public class SourceDocumentTests
{
    private static SourceDocument Docx(string name = "release.docx") => new(name, SourceFormat.Docx, [0x50, 0x4B, 3, 4], Now);

    [Fact]
    public void Create_WithAnUploadedDocument_KeepsItAsTheSourceDocument()
    {
        var document = Docx();

        var release = Release.Create("Title", Language.En, null, new DateOnly(2026, 12, 1), null, SampleRelease.Document(), People.Anna, Now,
            sourceDocument: document);

        Assert.Equal(document.Id, release.SourceDocumentId);
        Assert.Equal(release.Id, document.ReleaseId);
    }

    [Fact]
    public void ChangeSource_AsText_LeavesNoSourceDocument_ForTheOldOneNoLongerMatches()
    {
        var release = Release.Create("Title", Language.En, null, new DateOnly(2026, 12, 1), null, SampleRelease.Document(), People.Anna, Now,
            sourceDocument: Docx());

        release.ChangeSource(SampleRelease.Document(), release.EditVersion, People.Anna, Now);

        Assert.Null(release.SourceDocumentId);
    }

    [Fact]
    public void ChangeSource_WithANewUpload_PointsAtTheNewDocument()
    {
        var release = Assigned();
        var document = Docx("second.docx");

        release.ChangeSource(SampleRelease.Document(), release.EditVersion, People.Anna, Now, document);

        Assert.Equal(document.Id, release.SourceDocumentId);
        Assert.Equal(release.Id, document.ReleaseId);
    }

    [Fact]
    public void Publish_RecordsTheSourceDocumentThePublishedVersionWasMadeFrom()
    {
        var release = AllApproved();
        var document = Docx();
        release.ChangeSource(SampleRelease.Document(), release.EditVersion, People.Anna, Now, document);

        var version = release.Publish(People.Anna, Now);

        Assert.Equal(document.Id, version.SourceDocumentId);
    }

    [Fact]
    public void A_source_document_keeps_only_the_file_name_of_a_path()
    {
        Assert.Equal("x.docx", Docx("../../etc/x.docx").FileName);
    }
}

using SupportGrains.Grains.Audit;

namespace SupportGrains.Grains.Transfer;

/// <summary>
/// Moves one organisation between instances: everything of it as one JSON document (the stored state
/// of each of its grains, its accounts without their passwords or tokens, and its audit trail), and the
/// document written into another instance's store. Any silo can do it (key: <see cref="Key"/>).
/// </summary>
[Alias("SupportGrains.IOrganisationTransferGrain")]
public interface IOrganisationTransferGrain : IGrainWithStringKey
{
    public const string Key = "transfer";

    /// <summary>
    /// The organisation as an export document (JSON); NOT_FOUND when there is no such organisation.
    /// The export is recorded in the organisation's audit trail (after the document was made, so the
    /// document does not carry it), by <paramref name="author"/>.
    /// </summary>
    [Alias("Export"), ResponseTimeout("00:10:00")]
    Task<string> ExportAsync(string organisationId, AuditAuthor? author);

    /// <summary>
    /// Writes an export document into this instance. Refused, writing nothing, when the document is not
    /// an export or when any of its organisation, people, colleagues or accounts exists here with other
    /// content; importing the same document again writes nothing new. Each import of a document naming an
    /// organisation, written or refused, is recorded in that organisation's audit trail, by <paramref name="author"/>.
    /// </summary>
    [Alias("Import"), ResponseTimeout("00:10:00")]
    Task<ImportSummary> ImportAsync(string document, AuditAuthor? author);
}

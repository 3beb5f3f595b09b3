using System.Collections.Concurrent;

namespace SupportGrains.Api.GraphQL;

/// <summary>
/// The organisation each person read lately belongs to, so a question about a person's team can
/// ask the organisation at the same moment as the person instead of after them (one round trip to
/// the grains instead of two; README "Benchmarks"). Only a hint: the answer is used only when the
/// person, once read, belongs to that organisation.
/// </summary>
internal sealed class PersonHomes
{
    // Beyond this many people the hints are dropped and learnt again.
    private const int MostKept = 200_000;

    private readonly ConcurrentDictionary<string, string> _organisations = new(StringComparer.Ordinal);

    public string? Of(string personId) => _organisations.GetValueOrDefault(personId);

    public void Remember(string personId, string organisationId)
    {
        if (_organisations.Count >= MostKept)
        {
            _organisations.Clear();
        }

        _organisations[personId] = organisationId;
    }
}

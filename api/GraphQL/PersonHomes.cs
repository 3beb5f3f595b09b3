using System.Collections.Concurrent;

namespace SupportGrains.Api.GraphQL;

/// <summary>
/// The organisation each person read lately belongs to, so a question about a person's team can
/// ask that organisation first, whose answer brings the person's view with the team (one grain call
/// instead of two, one after the other; README "Benchmarks"). Only a hint: when that organisation
/// does not know the person, they are read and their own organisation is asked.
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

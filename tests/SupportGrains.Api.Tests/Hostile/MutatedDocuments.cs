using System.Text;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>
/// The README's own queries and a few mutations, changed a character at a time (deleted, inserted,
/// replaced, a span doubled or dropped), as graphql-js' and our parser fuzz tests do, but sent to
/// the running app; and text of random GraphQL punctuation, names and odd characters.
/// </summary>
public sealed class MutatedDocuments(Random random)
{
    private const string Alphabet = "{}()[]:!$@.=|&\"\\ \n\t,#abcdeonqueryfragmentmutationsubscription0123456789-+eE_\u00e9\uD83D\uDE00\u0000\uFFFF\u2028\ud800";

    private static readonly string[] Corpus =
    [
        "{ organisation(id: \"org-northfield\") { sizeCheck(adding: 1) { status peopleSupported findings { code status message limit actual people { name } staff { name } } } } }",
        "{ growthPlan(organisationId: \"org-northfield\", adding: 3, by: \"2027-04-01\") { status peopleBy colleaguesToRecruit recruitmentMessage limits { code applies moreBeforeAmber moreBeforeRed message } } }",
        "{ organisation(id: \"org-northfield\") { whoKnowsEveryone { name role } knowsGaps { staff { name } person { name } lastTogetherOn kind } } }",
        "{ person(id: \"p-sam\") { name fundedHoursPerWeek team { coveredHoursPerWeek leaders { name } members { staff { name availability { status until } } match { stage } hoursPerWeek } } matches { staff { name } stage latestReview { on perspective working notWorking actions } } } }",
        "{ organisation(id: \"org-northfield\") { due(within: 7) { kind dueOn overdue message person { name } staff { name } } } }",
        "{ organisation(id: \"org-northfield\") { workforce { postsTotal postsFilled vacancyRate turnoverRate stabilityIndex averageYearsInPost sicknessDaysPerWorker staffPerPerson } } }",
        "query Q($id: ID!, $within: Int = 7) { person(id: $id) { ...P } organisation(id: \"org-northfield\") { due(within: $within) { kind } } } fragment P on Person { id name team { id } }",
        "mutation { advanceMatch(input: { matchId: \"m3-p-sam\", to: MATCHED, note: \"Both said yes\", clientMutationId: \"hostile-m\" }) { id stage } }",
        "mutation ($i: AddPersonInput!) { addPerson(input: $i) { id name } }",
        "mutation { setAvailability(input: { staffId: \"s-northfield-013\", status: ON_LEAVE, from: \"2026-11-24\", until: \"2026-12-01\" }) { id availability { status } } }",
        "mutation { recordKnows(input: { staffId: \"s-northfield-002\", personId: \"p-sam\", lastTogetherOn: \"2026-11-20\" }) { id } }",
        "{ me { username roles accessTokens { name kind expiresAt } } organisations { id name } }",
        "{ auditTrail(organisationId: \"org-northfield\", first: 5) { entries { operation outcome } } }",
        "subscription { dueRecorded(organisationId: \"org-northfield\") { __typename } }",
    ];

    /// <summary>A corpus document with one to eight character-level edits.</summary>
    public string Mutated()
    {
        var text = new StringBuilder(Corpus[random.Next(Corpus.Length)]);
        for (var edit = random.Next(1, 9); edit > 0 && text.Length > 0; edit--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    text[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 40), text.Length - at);
                    text.Insert(at, text.ToString(at, length));
                    break;
                default:
                    text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Up to 2,000 characters drawn from GraphQL's punctuation, keywords and a few hard characters.</summary>
    public string Random()
    {
        var length = random.Next(0, random.Next(10) == 0 ? 2_000 : 200);
        return new string([.. Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
    }
}

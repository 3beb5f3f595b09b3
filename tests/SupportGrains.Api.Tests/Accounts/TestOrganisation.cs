namespace SupportGrains.Api.Tests.Accounts;

/// <summary>An organisation with one colleague, created by a new admin account, which becomes its director.</summary>
public sealed record TestOrganisation(string Id, string StaffId, GraphQLClient Director)
{
    public static async Task<TestOrganisation> CreateAsync(SupportGrainsApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var director = await app.AdminAsync();
        var id = (await director.DataAsync("mutation { createOrganisation(input: { name: \"Accounts test\", startedOn: \"2024-01-01\" }) { id } }"))["createOrganisation"]!["id"]!.GetValue<string>();
        var staff = (await director.DataAsync(
            "mutation ($o: ID!) { addStaffMember(input: { organisationId: $o, name: \"Alex\", role: \"Support worker\", startedOn: \"2024-01-01\", contractedHoursPerWeek: 30 }) { id } }",
            new { o = id }))["addStaffMember"]!["id"]!.GetValue<string>();
        return new TestOrganisation(id, staff, director);
    }
}

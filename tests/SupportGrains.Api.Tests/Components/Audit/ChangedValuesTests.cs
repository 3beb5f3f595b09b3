using SupportGrains.Api.Components.Audit;

namespace SupportGrains.Api.Tests.Components.Audit;

/// <summary>What an audit entry changed, read from its before and after.</summary>
public sealed class ChangedValuesTests
{
    [Fact]
    public void Only_the_values_that_differ_are_listed_each_named_by_its_place()
    {
        var changes = ChangedValues.Of(
            """{ "name": "Ana", "availabilityHistory": [{ "status": "AVAILABLE", "note": null }], "hours": 30 }""",
            """{ "name": "Ana", "availabilityHistory": [{ "status": "OFF_SICK", "note": "Flu" }], "hours": 30 }""");

        Assert.Equal<ChangedValue>(
            [new ChangedValue("availabilityHistory[0].status", "AVAILABLE", "OFF_SICK"), new ChangedValue("availabilityHistory[0].note", "null", "Flu")],
            changes);
    }

    [Fact]
    public void A_record_created_has_every_value_new_and_one_removed_has_every_value_gone()
    {
        Assert.Equal<ChangedValue>([new ChangedValue("name", null, "Ana")], ChangedValues.Of(null, """{ "name": "Ana" }"""));
        Assert.Equal<ChangedValue>([new ChangedValue("name", "Ana", null)], ChangedValues.Of("""{ "name": "Ana" }""", null));
    }

    [Fact]
    public void A_list_that_was_empty_is_said_by_its_new_items_alone()
    {
        var changes = ChangedValues.Of("""{ "history": [] }""", """{ "history": [{ "status": "ON_LEAVE" }] }""");

        Assert.Equal<ChangedValue>([new ChangedValue("history[0].status", null, "ON_LEAVE")], changes);
    }

    [Fact]
    public void A_long_value_is_shortened_and_text_that_is_not_json_is_the_value_itself()
    {
        var change = Assert.Single(ChangedValues.Of("short", new string('x', 500)));

        Assert.Equal("value", change.Field);
        Assert.Equal("short", change.Before);
        Assert.Equal(160, change.After!.Length);
        Assert.EndsWith("…", change.After);
    }
}

using System.Diagnostics;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Validation;
using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

/// <summary>Documents written to make validation slow or to slip a value no type can hold past it.</summary>
public sealed class HostileDocumentValidationTests
{
    [Fact]
    public void Thousands_of_copies_of_one_field_are_compared_once_and_are_valid()
    {
        var document = "{ dog { " + string.Join(' ', Enumerable.Repeat("name", 14_000)) + " } }";
        var clock = Stopwatch.StartNew();

        RuleHarness.Valid<OverlappingFieldsCanBeMergedRule>(document);

        // Pairwise, 14,000 copies are 98 million comparisons: seconds, not the moment this takes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_conflict_hidden_among_identical_copies_is_still_found()
    {
        var copies = string.Join(' ', Enumerable.Repeat("name", 500));
        var errors = RuleHarness.Validate<OverlappingFieldsCanBeMergedRule>("{ dog { " + copies + " name: nickname " + copies + " } }");

        Assert.Contains(errors, e => e.Message.StartsWith("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields", StringComparison.Ordinal));
    }

    [Fact]
    public void Differently_written_copies_of_one_key_beyond_the_budget_are_refused_with_a_clear_error()
    {
        // Each copy differs in its subfield's alias, so none collapses into another: 2,000 copies (14,000 tokens, under the parser's limit) need 2 million comparisons.
        var document = "{ " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"dog {{ a{i}: name }}")) + " }";
        var clock = Stopwatch.StartNew();

        var errors = RuleHarness.Validate<OverlappingFieldsCanBeMergedRule>(document);

        var error = Assert.Single(errors);
        Assert.Contains($"more than {OverlappingFieldsCanBeMergedRule.MaxComparisons:N0} comparisons", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_few_differently_written_copies_within_the_budget_are_still_checked()
    {
        var document = "{ " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"dog {{ a{i}: name }}")) + " dog { a7: nickname } }";

        var errors = RuleHarness.Validate<OverlappingFieldsCanBeMergedRule>(document);

        Assert.Contains(errors, e => e.Message.StartsWith("Fields \"dog\" conflict because subfields \"a7\" conflict", StringComparison.Ordinal));
    }

    [Fact]
    public void Thousands_of_conflicting_copies_stop_at_the_error_limit()
    {
        var document = "{ arguments { " + string.Join(' ', Enumerable.Range(0, 1_750).Select(i => $"x: intArg(intArg: {i})")) + " } }";

        var errors = DocumentValidator.Validate(RuleHarness.Schema, Parser.Parse(document), ValidationLimits.None, [() => new OverlappingFieldsCanBeMergedRule()]);

        Assert.Equal(101, errors.Count);
        Assert.All(errors.Take(100), e => Assert.StartsWith("Fields \"x\" conflict because they have differing arguments", e.Message, StringComparison.Ordinal));
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void A_document_of_more_operations_than_the_limit_is_refused_before_any_rule_walks_it()
    {
        var many = Parser.Parse(string.Join(' ', Enumerable.Range(0, 101).Select(i => $"query Q{i} {{ dog {{ name }} }}")));
        var enough = Parser.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"query Q{i} {{ dog {{ name }} }}")));

        var refused = DocumentValidator.Validate(RuleHarness.Schema, many);

        Assert.Equal("The document has 101 operations; at most 100 may be sent in one. Send only the operation to run (and the fragments it uses).", Assert.Single(refused).Message);
        Assert.Empty(DocumentValidator.Validate(RuleHarness.Schema, enough));
        Assert.Empty(DocumentValidator.Validate(RuleHarness.Schema, many, ValidationLimits.None));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    public void A_float_literal_too_large_for_a_double_is_refused(string literal)
    {
        var errors = RuleHarness.Validate<ValuesOfCorrectTypeRule>($"{{ arguments {{ floatArg(floatArg: {literal}) }} }}");

        var error = Assert.Single(errors);
        Assert.Contains("too large for a double-precision number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_finite_float_literal_is_fine()
    {
        RuleHarness.Valid<ValuesOfCorrectTypeRule>("{ arguments { floatArg(floatArg: 1.7976931348623157e308) small: floatArg(floatArg: 1e-400) } }");
    }
}

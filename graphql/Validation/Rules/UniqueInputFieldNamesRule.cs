using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(ObjectValueNode), typeof(ObjectFieldNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private readonly Stack<Dictionary<string, NameNode>> _stack = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case ObjectValueNode:
                _stack.Push(_known);
                _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                break;
            case ObjectFieldNode field:
                if (_known.TryGetValue(field.Name.Value, out var first))
                {
                    Context.Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    _known[field.Name.Value] = field.Name;
                }

                break;
        }

        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            _known = _stack.Pop();
        }
    }
}

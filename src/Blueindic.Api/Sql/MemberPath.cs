using System.Linq.Expressions;
using System.Reflection;

namespace Blueindic.Api.Sql;

/// <summary>A member chain written as a lambda, <c>x => x.A.B.C</c>, as the members Marten's mapping names it by.</summary>
internal static class MemberPath
{
    public static MemberInfo[] Of<T>(Expression<Func<T, object?>> member) => Walk(member.Body).ToArray();

    /// <summary>The chain as written in C#, <c>A.B.C</c>: how a mapped field is told apart from another.</summary>
    public static string Name(IEnumerable<MemberInfo> members) => string.Join('.', members.Select(m => m.Name));

    private static IEnumerable<MemberInfo> Walk(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => Walk(convert.Operand),
        MemberExpression { Expression: { } parent } member => Walk(parent).Append(member.Member),
        ParameterExpression => [],
        _ => throw new ArgumentException($"Not a member path: {body}"),
    };
}

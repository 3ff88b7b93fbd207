using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace NotebookRunner.Judging;

/// <summary>
/// Every symbol a cell's code uses, each with the node that uses it, found two ways so nothing is
/// missed: every syntax node Roslyn can bind (names in any spelling, member accesses, invocations,
/// object creations, `new()`, attributes, operators, casts, typeof, patterns, generic arguments,
/// base lists; candidates too where binding failed), and every operation of the code, for what a
/// node uses without naming it (user-defined conversions and operators, collection initializers'
/// Add, foreach's GetEnumerator, Deconstruct, await's GetAwaiter, a record's clone, implicit
/// indexers, collection builders). Using directives and nameof(…) use nothing: what an alias names
/// is judged where it is used.
/// </summary>
public static class SymbolUses
{
    public static IEnumerable<(SyntaxNode Node, ISymbol Symbol)> Of(SemanticModel model,
        SyntaxNode root, CancellationToken budget)
    {
        var seen = new HashSet<IOperation>();
        foreach (var node in root.DescendantNodes(n => !Skipped(model, n))
            .Where(n => !Skipped(model, n)))
        {
            var info = model.GetSymbolInfo(node, budget);
            foreach (var symbol in info.Symbol is { } bound ? [bound] : info.CandidateSymbols)
                yield return (node, symbol);
            if (model.GetTypeInfo(node, budget).Type is { } type
                && type.TypeKind == TypeKind.Dynamic) yield return (node, type);
            if (model.GetOperation(node, budget) is not { } operation || !seen.Add(operation))
                continue;
            foreach (var inner in Walk(operation))
            {
                seen.Add(inner);
                foreach (var symbol in Implicit(model, inner).OfType<ISymbol>())
                    yield return (inner.Syntax, symbol);
            }
        }
    }

    /// <summary>An operation and all below it but nameof(…)'s, without recursion: a student's
    /// expression may nest deeply.</summary>
    private static IEnumerable<IOperation> Walk(IOperation operation)
    {
        var pending = new Stack<IOperation>([operation]);
        while (pending.TryPop(out var next))
        {
            if (next is INameOfOperation) continue;
            yield return next;
            foreach (var child in next.ChildOperations) pending.Push(child);
        }
    }

    private static bool Skipped(SemanticModel model, SyntaxNode node) =>
        node is UsingDirectiveSyntax
        || node is InvocationExpressionSyntax
        {
            Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }
        } nameOf
            && model.GetOperation(nameOf) is INameOfOperation;

    private static IEnumerable<ISymbol?> Implicit(SemanticModel model, IOperation operation) =>
        operation switch
        {
            IInvocationOperation o => [o.TargetMethod],
            IObjectCreationOperation o => [o.Constructor],
            IMemberReferenceOperation o => [o.Member],
            IConversionOperation o => [o.OperatorMethod],
            IBinaryOperation o => [o.OperatorMethod],
            IUnaryOperation o => [o.OperatorMethod],
            ICompoundAssignmentOperation o => [o.OperatorMethod],
            IIncrementOrDecrementOperation o => [o.OperatorMethod],
            IWithOperation o => [o.CloneMethod],
            IImplicitIndexerReferenceOperation o => [o.LengthSymbol, o.IndexerSymbol],
            IRangeOperation o => [o.Method],
            ICollectionExpressionOperation o => [o.ConstructMethod],
            ITypeOfOperation o => [o.TypeOperand],
            IIsTypeOperation o => [o.TypeOperand],
            ITypePatternOperation o => [o.MatchedType],
            IDeclarationPatternOperation o => [o.MatchedType],
            IRecursivePatternOperation o => [o.MatchedType, o.DeconstructSymbol],
            IForEachLoopOperation { Syntax: CommonForEachStatementSyntax loop } =>
                ForEach(model.GetForEachStatementInfo(loop)),
            IDeconstructionAssignmentOperation { Syntax: AssignmentExpressionSyntax assignment } =>
                Deconstruct(model.GetDeconstructionInfo(assignment)),
            IAwaitOperation { Syntax: AwaitExpressionSyntax await } =>
                Await(model.GetAwaitExpressionInfo(await)),
            _ => [],
        };

    private static IEnumerable<ISymbol?> ForEach(ForEachStatementInfo info) =>
        [info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty, info.DisposeMethod];

    private static IEnumerable<ISymbol?> Deconstruct(DeconstructionInfo info) =>
        [info.Method, .. info.Nested.SelectMany(Deconstruct)];

    private static IEnumerable<ISymbol?> Await(AwaitExpressionInfo info) =>
        [info.GetAwaiterMethod, info.IsCompletedProperty, info.GetResultMethod];

    /// <summary>Syntax that needs no symbol to be forbidden: unsafe code, extern methods
    /// (UnsafeAccessor's and DllImport's), __makeref.</summary>
    public static string? Unsafe(SyntaxNode node) => node switch
    {
        UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax
            or FunctionPointerTypeSyntax => "uses unsafe code",
        PrefixUnaryExpressionSyntax
        {
            RawKind: (int)SyntaxKind.AddressOfExpression
            or (int)SyntaxKind.PointerIndirectionExpression
        } => "uses unsafe code",
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.PointerMemberAccessExpression } =>
            "uses unsafe code",
        MakeRefExpressionSyntax or RefValueExpressionSyntax or RefTypeExpressionSyntax =>
            "uses unsafe memory access (__makeref)",
        MemberDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.ExternKeyword) =>
            "declares an extern method, whose body the grader cannot read",
        LocalFunctionStatementSyntax f when f.Modifiers.Any(SyntaxKind.ExternKeyword) =>
            "declares an extern method, whose body the grader cannot read",
        MemberDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.UnsafeKeyword) =>
            "uses unsafe code",
        LocalFunctionStatementSyntax f when f.Modifiers.Any(SyntaxKind.UnsafeKeyword) =>
            "uses unsafe code",
        _ => null,
    };
}

using System.Reflection;
using System.Reflection.Emit;

namespace NeuralNetworks.Homework;

/// <summary>
/// The methods a compiled method calls or takes the address of (call, callvirt, newobj, ldftn,
/// ldvirtftn, ldtoken), read from its IL. The operand sizes come from the runtime's own opcode
/// table (<see cref="OpCodes"/>), so every instruction is stepped over correctly; tokens that
/// do not resolve are skipped.
/// </summary>
internal static class IlCalls
{
    private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    public static IEnumerable<MethodBase> Of(MethodBase method)
    {
        byte[]? il = Body(method);
        if (il is null) yield break;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE && at + 1 < il.Length
                ? (short)(0xFE00 | il[at + 1])
                : il[at];
            if (!Codes.TryGetValue(value, out OpCode code)) yield break;
            at += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineTok
                && at + 4 <= il.Length
                && Resolve(method, BitConverter.ToInt32(il, at)) is { } target)
                yield return target;
            at += OperandSize(code, il, at);
        }
    }

    private static byte[]? Body(MethodBase method)
    {
        try { return method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception error) when (error is InvalidOperationException
            or NotSupportedException or BadImageFormatException)
        {
            return null;
        }
    }

    private static MethodBase? Resolve(MethodBase method, int token)
    {
        try
        {
            Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } type
                ? type.GetGenericArguments()
                : null;
            Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            return method.Module.ResolveMember(token, typeArguments, methodArguments) as MethodBase;
        }
        catch (Exception error) when (error is ArgumentException or BadImageFormatException
            or TypeLoadException or MissingMemberException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI
            or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}

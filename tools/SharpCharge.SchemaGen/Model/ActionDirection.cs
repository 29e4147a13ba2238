namespace SharpCharge.SchemaGen.Model;

/// <summary>Which side sends the CALL of an action; emitted as the library's OcppActionDirection member of the same name.</summary>
internal enum ActionDirection
{
    ChargerToCsms,
    CsmsToCharger,
    Both,
}

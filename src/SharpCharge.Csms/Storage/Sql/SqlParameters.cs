using System.Data;
using System.Data.Common;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// Binds a statement's parameters to a <see cref="DbCommand"/> run at once or to a <see cref="DbBatchCommand"/> sent
/// later with others, so that one binding serves both paths of a <see cref="SqlStatement"/>. Named, typed and converted
/// as <see cref="SqlCommands"/> does.
/// </summary>
internal readonly struct SqlParameters
{
    private readonly DbCommand? _command;
    private readonly DbBatchCommand? _batchCommand;

    public SqlParameters(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _command = command;
    }

    public SqlParameters(DbBatchCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _batchCommand = command;
    }

    public SqlParameters AddText(string name, string? value) => Add(name, DbType.String, value);

    public SqlParameters AddInt(string name, int? value) => Add(name, DbType.Int32, value);

    public SqlParameters AddDouble(string name, double? value) => Add(name, DbType.Double, value);

    public SqlParameters AddBool(string name, bool? value) => Add(name, DbType.Boolean, value);

    public SqlParameters AddTimestamp(string name, DateTimeOffset? value) => Add(name, DbType.DateTimeOffset, value?.ToUniversalTime());

    public SqlParameters AddEnum<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum =>
        Add(name, DbType.String, value?.ToString());

    private SqlParameters Add(string name, DbType type, object? value)
    {
        if (_command is { } command)
        {
            command.Parameters.Add(SqlCommands.Parameter(command.CreateParameter(), name, type, value));
        }
        else
        {
            _batchCommand!.Parameters.Add(SqlCommands.Parameter(_batchCommand.CreateParameter(), name, type, value));
        }

        return this;
    }
}

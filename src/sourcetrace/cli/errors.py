"""The one way a command reports a problem: one line on stderr, ``sourcetrace: INPUT: PROBLEM``.

Bad inputs, stores that cannot be opened and usage errors alike, so a script or a person reads
every problem the same way (and ``grep '^sourcetrace:'`` finds them all).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import typer

# Typer vendors Click and exports only BadParameter from it; its other usage errors live here.
from typer._click.exceptions import ClickException, MissingParameter, NoArgsIsHelpError
from typer.core import TyperGroup

from sourcetrace.render.printable import printable

PROG = "sourcetrace"


def report(*parts: object) -> None:
    """``sourcetrace: PART: PART...`` on stderr; control characters shown, never obeyed."""
    line = ": ".join(printable(str(part)) for part in (PROG, *parts))
    typer.echo(" ".join(line.splitlines()), err=True)


def fail(*parts: object, code: int = 1) -> NoReturn:
    """Report a problem that ends the command, with exit status ``code``."""
    report(*parts)
    raise typer.Exit(code)


def none_analyzed(command: str) -> NoReturn:
    """The end of a run in which no input gave an analysis (each was reported in its place). The
    line names the command: naming the inputs again would give the last one two lines."""
    fail(command, "no article could be analyzed")


def usage_problem(error: ClickException) -> tuple[str, str]:
    """The input a usage error is about (the option or argument, else the command) and what is
    wrong with it, without Click's usage box."""
    if isinstance(error, typer.BadParameter) and not isinstance(error, MissingParameter):
        if error.param_hint is not None:
            hint = error.param_hint
            return (hint if isinstance(hint, str) else " / ".join(hint)), error.message
        if (param := error.param) is not None:
            if param.param_type_name == "argument" and param.metavar:
                return param.metavar, error.message  # as the help shows it: SHARDS_DIR
            return (param.opts or [str(param.name)])[0], error.message
    ctx = getattr(error, "ctx", None)
    command = " ".join(ctx.command_path.split()[1:]) if ctx is not None else ""
    where = f"{PROG} {command}".rstrip()
    return command or "usage", f"{error.format_message()} (see {where} --help)"


class OneLineErrors(TyperGroup):
    """The command group, with its usage errors reported through ``report`` too."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            result = super().main(
                args,
                prog_name,
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
            code = result if isinstance(result, int) else 0  # an Exit's status, else success
        except NoArgsIsHelpError as e:
            # A bare command asks for its help, not a problem to report. Rich has printed it
            # already and left the message empty; without Rich, the message is the help.
            if help_text := e.format_message():
                typer.echo(help_text, err=True)
            code = e.exit_code
        except ClickException as e:
            report(*usage_problem(e))
            code = e.exit_code
        except typer.Abort:
            report("aborted")
            code = 1
        if standalone_mode:
            sys.exit(code)
        return code

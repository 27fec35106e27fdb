#!/usr/bin/env python
"""Django's command-line utility, which reports configuration faults in one line."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    from portal.preflight import ServiceUnavailable, one_line_errors

    try:
        with one_line_errors():
            from django.core.management import execute_from_command_line

            execute_from_command_line(sys.argv)
    except ServiceUnavailable as exc:
        sys.exit(f"error: {exc}")


if __name__ == "__main__":
    main()

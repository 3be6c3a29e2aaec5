# Printing to stderr does not change the exit code; stdout and stderr are separate streams.
import sys
print("to stdout")
print("warning: something to stderr", file=sys.stderr)
sys.stdout.write("written without newline")
sys.stdout.write("\n")
sys.stderr.write("last stderr line\n")
print("end", end="!\n")

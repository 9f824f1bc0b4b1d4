import sys
print("before exit", sys.argv[0].endswith("exit_code.py"), len(sys.argv))
sys.stdout.flush()
sys.exit(3)
print("never")

def summarize(values):
    return "n=%d total=%d" % (len(values), sum(values))

ran_as_script = False
if __name__ == "__main__":
    ran_as_script = True
    print("report.py run directly")

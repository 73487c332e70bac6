from autodebit.cli import main

main()

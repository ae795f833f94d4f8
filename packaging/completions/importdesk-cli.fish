# fish completion for importdesk-cli

set -l commands submit check describe list watch datasets help

complete -c importdesk-cli -f
complete -c importdesk-cli -n "not __fish_seen_subcommand_from $commands" -a submit -d 'Create a dataset import job'
complete -c importdesk-cli -n "not __fish_seen_subcommand_from $commands" -a check -d 'Check the data before importing it'
complete -c importdesk-cli -n "not __fish_seen_subcommand_from $commands" -a describe -d 'Show one import job'
complete -c importdesk-cli -n "not __fish_seen_subcommand_from $commands" -a list -d 'List the import jobs'
complete -c importdesk-cli -n "not __fish_seen_subcommand_from $commands" -a watch -d 'Wait until every job has finished'
complete -c importdesk-cli -n "not __fish_seen_subcommand_from $commands" -a datasets -d 'List dataset groups and their datasets'
complete -c importdesk-cli -n "not __fish_seen_subcommand_from $commands" -a help -d 'Show the usage'

# Connection and output, for every command.
complete -c importdesk-cli -l profile -x -d 'A profile of the AWS configuration'
complete -c importdesk-cli -l region -x -d 'The AWS Region'
complete -c importdesk-cli -l endpoint-url -x -d 'Another endpoint, such as a sandbox'
complete -c importdesk-cli -l output -x -a 'text json' -d 'How results are printed'
complete -c importdesk-cli -l debug -d 'Log each request (secrets are never shown)'
complete -c importdesk-cli -l help -d 'Show the usage'
complete -c importdesk-cli -l version -d 'Show the version'

# submit
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit' -l job-name -x -d 'The job name'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit check list' -l dataset-arn -x -d 'The dataset'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit check' -l data-location -x -d 'The CSV file or folder in Amazon S3'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit' -l role-arn -x -d 'The IAM role that reads the data'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit' -l tag -x -d 'A tag of the job: KEY=VALUE'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit check' -l import-mode -x -a 'FULL INCREMENTAL' -d 'Replace or add to the data'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit' -l publish-attribution-metrics -d 'Publish the metrics to Amazon S3'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit check' -l cli-input-json -r -F -d 'Read the job from a JSON file'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit' -l dry-run -d 'Check the job without sending it'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit' -l wait -d 'Follow the job until it has finished'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit' -l queue -d 'Wait for a free slot'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit' -l check -d 'Check the data first; send nothing on an error'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit watch' -l timeout -x -d 'Give up after S seconds'
complete -c importdesk-cli -n '__fish_seen_subcommand_from submit watch' -l interval -x -d 'Look every S seconds'

# list
complete -c importdesk-cli -n '__fish_seen_subcommand_from list' -l status -x -a 'pending in-progress active failed' -d 'Only jobs with these statuses'

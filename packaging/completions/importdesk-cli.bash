# bash completion for importdesk-cli
_importdesk_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="submit check describe list watch datasets help"
    local common="--profile --region --endpoint-url --output --debug --help --version"
    local submit="--job-name --dataset-arn --data-location --role-arn --tag --import-mode
        --publish-attribution-metrics --cli-input-json --dry-run --check --wait --queue --timeout
        --interval"
    local check="--dataset-arn --data-location --import-mode --cli-input-json"
    local list="--dataset-arn --status"
    local watch="--timeout --interval"

    case $prev in
        --output)
            COMPREPLY=($(compgen -W "text json" -- "$cur"))
            return
            ;;
        --import-mode)
            COMPREPLY=($(compgen -W "FULL INCREMENTAL" -- "$cur"))
            return
            ;;
        --status)
            COMPREPLY=($(compgen -W "pending in-progress active failed" -- "$cur"))
            return
            ;;
        --cli-input-json)
            _filedir json
            return
            ;;
        --profile)
            local profiles
            profiles=$(sed -n 's/^\[\(profile \)\{0,1\}\([^]]*\)\]$/\2/p' \
                "${AWS_CONFIG_FILE:-$HOME/.aws/config}" 2>/dev/null)
            COMPREPLY=($(compgen -W "$profiles" -- "$cur"))
            return
            ;;
        --region | --endpoint-url | --job-name | --dataset-arn | --data-location | --role-arn | \
            --tag | --timeout | --interval)
            return
            ;;
    esac

    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --profile | --region | --endpoint-url | --output | --job-name | --dataset-arn | \
                --data-location | --role-arn | --tag | --import-mode | --cli-input-json | \
                --status | --timeout | --interval)
                ((i++))
                ;;
            -*) ;;
            *)
                command=${words[i]}
                break
                ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$common" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    local options=$common
    case $command in
        submit) options+=" $submit" ;;
        check) options+=" $check" ;;
        list) options+=" $list" ;;
        watch) options+=" $watch" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    fi
} &&
    complete -F _importdesk_cli importdesk-cli

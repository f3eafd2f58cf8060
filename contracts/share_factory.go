// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ShareFactoryMetaData contains all meta data concerning the ShareFactory contract.
var ShareFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"FailedDeployment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ShareCreated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"implementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ShareFactory",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516104a23803806104a2833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161041861008a5f395f8181606c015281816094015261012701526104185ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80632c6f9177146100385780635c60da1b14610067575b5f5ffd5b61004b6100463660046102df565b61008e565b6040516001600160a01b03909116815260200160405180910390f35b61004b7f000000000000000000000000000000000000000000000000000000000000000081565b5f6100b87f000000000000000000000000000000000000000000000000000000000000000061017c565b6040516364d5d05560e11b81529091506001600160a01b0382169063c9aba0aa906100ef9089908990899089908990600401610399565b5f604051808303815f87803b158015610106575f5ffd5b505af1158015610118573d5f5f3e3d5ffd5b50506040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169350841691507fc63d4cea9293f041ed91fef5f0c3efd945e9b37100cce4be165e54c0381f1ed9905f90a395945050505050565b5f610187825f61018d565b92915050565b5f814710156101bc5760405163cf47918160e01b81524760048201526024810183905260440160405180910390fd5b763d602d80600a3d3981f3363d3d373d3d3d363d730000008360601b60e81c175f526e5af43d82803e903d91602b57fd5bf38360781b176020526037600983f090506001600160a01b0381166101875760405163b06ebf3d60e01b815260040160405180910390fd5b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610248575f5ffd5b813567ffffffffffffffff81111561026257610262610225565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561029157610291610225565b6040528181528382016020018510156102a8575f5ffd5b816020850160208301375f918101602001919091529392505050565b80356001600160a01b03811681146102da575f5ffd5b919050565b5f5f5f5f5f60a086880312156102f3575f5ffd5b853567ffffffffffffffff811115610309575f5ffd5b61031588828901610239565b955050602086013567ffffffffffffffff811115610331575f5ffd5b61033d88828901610239565b94505061034c604087016102c4565b925061035a606087016102c4565b949793965091946080013592915050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60a081525f6103ab60a083018861036b565b82810360208401526103bd818861036b565b6001600160a01b0396871660408501529490951660608301525060800152939250505056fea2646970667358221220fe03719f222dcaad313578b5591f88b32a183b81cc23bcea181d8c9ba805ae5064736f6c63430008250033",
}

// ShareFactory is an auto generated Go binding around an Ethereum contract.
type ShareFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ShareFactory) GetABI() abi.ABI {
	return c.abi
}

// NewShareFactory creates a new instance of ShareFactory.
func NewShareFactory() *ShareFactory {
	parsed, err := ShareFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ShareFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ShareFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address implementation_) returns()
func (shareFactory *ShareFactory) PackConstructor(implementation_ common.Address) []byte {
	enc, err := shareFactory.abi.Pack("", implementation_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c6f9177.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(string name_, string symbol_, address initialOwner, address holder, uint256 supply) returns(address token)
func (shareFactory *ShareFactory) PackCreate(name string, symbol string, initialOwner common.Address, holder common.Address, supply *big.Int) []byte {
	enc, err := shareFactory.abi.Pack("create", name, symbol, initialOwner, holder, supply)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c6f9177.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(string name_, string symbol_, address initialOwner, address holder, uint256 supply) returns(address token)
func (shareFactory *ShareFactory) TryPackCreate(name string, symbol string, initialOwner common.Address, holder common.Address, supply *big.Int) ([]byte, error) {
	return shareFactory.abi.Pack("create", name, symbol, initialOwner, holder, supply)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c6f9177.
//
// Solidity: function create(string name_, string symbol_, address initialOwner, address holder, uint256 supply) returns(address token)
func (shareFactory *ShareFactory) UnpackCreate(data []byte) (common.Address, error) {
	out, err := shareFactory.abi.Unpack("create", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function implementation() view returns(address)
func (shareFactory *ShareFactory) PackImplementation() []byte {
	enc, err := shareFactory.abi.Pack("implementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function implementation() view returns(address)
func (shareFactory *ShareFactory) TryPackImplementation() ([]byte, error) {
	return shareFactory.abi.Pack("implementation")
}

// UnpackImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (shareFactory *ShareFactory) UnpackImplementation(data []byte) (common.Address, error) {
	out, err := shareFactory.abi.Unpack("implementation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ShareFactoryShareCreated represents a ShareCreated event raised by the ShareFactory contract.
type ShareFactoryShareCreated struct {
	Token          common.Address
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ShareFactoryShareCreatedEventName = "ShareCreated"

// ContractEventName returns the user-defined event name.
func (ShareFactoryShareCreated) ContractEventName() string {
	return ShareFactoryShareCreatedEventName
}

// UnpackShareCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShareCreated(address indexed token, address indexed implementation)
func (shareFactory *ShareFactory) UnpackShareCreatedEvent(log *types.Log) (*ShareFactoryShareCreated, error) {
	event := "ShareCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareFactoryShareCreated)
	if len(log.Data) > 0 {
		if err := shareFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (shareFactory *ShareFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], shareFactory.abi.Errors["FailedDeployment"].ID.Bytes()[:4]) {
		return shareFactory.UnpackFailedDeploymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareFactory.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return shareFactory.UnpackInsufficientBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ShareFactoryFailedDeployment represents a FailedDeployment error raised by the ShareFactory contract.
type ShareFactoryFailedDeployment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedDeployment()
func ShareFactoryFailedDeploymentErrorID() common.Hash {
	return common.HexToHash("0xb06ebf3d5067824a3fe5d5ba19471e035a7de6c88dac362c77b162830a5b9093")
}

// UnpackFailedDeploymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedDeployment()
func (shareFactory *ShareFactory) UnpackFailedDeploymentError(raw []byte) (*ShareFactoryFailedDeployment, error) {
	out := new(ShareFactoryFailedDeployment)
	if err := shareFactory.abi.UnpackIntoInterface(out, "FailedDeployment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareFactoryInsufficientBalance represents a InsufficientBalance error raised by the ShareFactory contract.
type ShareFactoryInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func ShareFactoryInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (shareFactory *ShareFactory) UnpackInsufficientBalanceError(raw []byte) (*ShareFactoryInsufficientBalance, error) {
	out := new(ShareFactoryInsufficientBalance)
	if err := shareFactory.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}
